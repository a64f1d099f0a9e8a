const NO_MY: readonly number[] = [];

/** Where the text after each "my " and "My " of `body` starts. */
export function afterMy(body: string): readonly number[] {
  let found: number[] | null = null;
  for (const my of ['my ', 'My ']) {
    for (let at = body.indexOf(my); at >= 0; at = body.indexOf(my, at + 1)) {
      (found ??= []).push(at + 3);
    }
  }
  return found ?? NO_MY;
}
