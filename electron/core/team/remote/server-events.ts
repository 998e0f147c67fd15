/**
 * Reads a stream of server-sent events, handing each event's data (its `data:` lines joined) to
 * `onData`; comments (keep-alives) are skipped. Resolves when the stream ends.
 */
export async function readServerEvents(body: ReadableStream<Uint8Array>, onData: (data: string) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const data = buffer
        .slice(0, end)
        .split('\n')
        .filter((line) => line.startsWith('data: '))
        .map((line) => line.slice('data: '.length))
        .join('\n');
      buffer = buffer.slice(end + 2);
      if (data) onData(data);
    }
  }
}
