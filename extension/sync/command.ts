import type { MutationArgs, MutationName } from '../../shared/mutations/registry';

export type Command<N extends MutationName = MutationName> = { name: N; args: MutationArgs<N> };

/** Builds a command with its args typed by the mutation name; `runCommands` applies it. */
export function command<N extends MutationName>(name: N, args: MutationArgs<N>): Command<N> {
  return { name, args };
}
