/**
 * What a resolver may return for a schema type: any subset of its fields, nested too, since field resolvers
 * fill in the rest (codegen.ts uses this as the default mapper of the generated resolver types).
 */
export type DeepPartial<T> = T extends (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T;
