import {
  buildSchema,
  isObjectType,
  isScalarType,
  type GraphQLFieldResolver,
  type GraphQLScalarType,
  type GraphQLSchema,
} from "./graphql-js.ts";

type FieldResolvers = Record<string, GraphQLFieldResolver<unknown, unknown>>;

/**
 * The schema-first type definitions with the resolvers attached, as Apollo would build them from typeDefs and
 * resolvers: the compiled-execution gateway has to hand Apollo a finished schema. Our resolvers are field
 * resolvers of object types and custom scalars; anything else, or a type or field the schema does not declare
 * (a typo that would silently never run), fails at startup.
 */
export function executableSchema(typeDefs: string, resolvers: Record<string, unknown>): GraphQLSchema {
  const schema = buildSchema(typeDefs);
  for (const [typeName, typeResolvers] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (isScalarType(type)) {
      const { serialize, parseValue, parseLiteral } = typeResolvers as GraphQLScalarType;
      Object.assign(type, { serialize, parseValue, parseLiteral });
    } else if (isObjectType(type)) {
      const fields = type.getFields();
      for (const [fieldName, resolve] of Object.entries(typeResolvers as FieldResolvers)) {
        const field = fields[fieldName];
        if (field === undefined) throw new Error(`resolvers name an unknown field ${typeName}.${fieldName}`);
        field.resolve = resolve;
      }
    } else {
      throw new Error(`resolvers name ${typeName}, which is not an object type or a scalar of the schema`);
    }
  }
  return schema;
}
