import { z } from 'zod';

/** Declares a method: `method<Output>()(inputSchema)`. The output type is compile-time only. */
export const method =
  <Output>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output });

export const id = z.number().int().positive();
/** Room for "select all" in a library of hundreds of thousands of clips, under the HTTP body limit. */
export const ids = z.array(id).min(1).max(1_000_000);
export const text = (max: number) => z.string().max(max, { message: `must be at most ${max} characters` });
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' });
export const names = z.array(text(500)).max(5_000);

export interface MethodSpec {
  input: z.ZodType;
  output: unknown;
}

/** One namespace's methods: a name from another namespace fails to compile, so each is declared in its own file. */
export type NamespaceMethods<Namespace extends string> = Record<`${Namespace}.${string}`, MethodSpec>;
