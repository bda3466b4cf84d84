// Runs Neo4j 5.26 Community in this JVM with its Bolt server, for development, tests and CI where no Docker
// engine is available. Started by db/neo4j/server.ts as `java -cp <maven classpath> Launcher.java ARGS`.
// Prints one line "READY <bolt uri> <version>" once Bolt accepts connections; SIGTERM shuts the database down
// cleanly through the shutdown hook, so a later start never has to recover the store.

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.impl.index.LuceneSettings;
import org.neo4j.kernel.internal.Version;

public class Launcher {
    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path home = Path.of(require(options, "home")).toAbsolutePath();
        String host = options.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(options.getOrDefault("port", "7687"));
        String password = System.getenv("NEO4J_PASSWORD");
        boolean auth = password != null && !password.isEmpty();

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.pagecache_memory,
                        ByteUnit.parse(options.getOrDefault("pagecache", "512m")))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
                        ByteUnit.parse(options.getOrDefault("tx-memory", "1g")))
                .setConfig(GraphDatabaseSettings.transaction_timeout,
                        Duration.ofSeconds(Long.parseLong(options.getOrDefault("tx-timeout-seconds", "0"))))
                // Nothing restores from these logs (no backups or cluster members here), and the default (2 days)
                // kept 6.7 GB of them beside a 5.6 GB benchmark store; pruned at each checkpoint.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1G size")
                // Full-text indexes (post_search, model_text) get a segment per refresh, i.e. per write transaction;
                // Neo4j's default merge factor of 2 merged them almost as often (13% of the server's CPU in a
                // Reddit bulk load, profiled with JFR); Lucene's own default of 10 merges about a fifth as much.
                .setConfig(LuceneSettings.lucene_merge_factor, 10)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING");
            service.shutdown();
            System.out.println("STOPPED");
        }, "neo4j-shutdown"));

        if (auth) {
            setPassword(service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
        }
        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        System.out.println("READY bolt://" + host + ":" + port + " " + Version.getNeo4jVersion());
        System.out.flush();
        Thread.currentThread().join();
    }

    /** With auth on, the built-in user gets the configured password, so clients never see "change required". */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally("ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException sameAsBefore) {
            // Neo4j refuses to set the password it already has; that is the state we want.
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }
}
