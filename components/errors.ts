/** The message to show for a failed request or check. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
