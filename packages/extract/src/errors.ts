/** An input the extractor cannot use, with the reason in words a user can act on. */
export class ExtractError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ExtractError';
  }
}
