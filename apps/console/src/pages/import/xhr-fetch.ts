/** How much of a request body has gone out, and when the server has it all. */
export interface UploadListener {
  /** Bytes sent so far of `total`. */
  progress(sent: number, total: number): void;
  /** The whole body is sent; the server is working on it. */
  sent(): void;
}

/**
 * A `fetch` for the tRPC client built on XMLHttpRequest, the one browser API that
 * reports how much of a request body has been sent. Same-origin only, like the console.
 */
export function uploadingFetch(listener: UploadListener) {
  return (
    input: RequestInfo | URL | string,
    init?: {
      method?: string;
      headers?: HeadersInit;
      body?: unknown;
      signal?: AbortSignal | undefined | null;
    },
  ): Promise<Response> =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(init?.method ?? 'GET', String(input instanceof Request ? input.url : input));
      for (const [name, value] of new Headers(init?.headers)) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) listener.progress(event.loaded, event.total);
      };
      xhr.upload.onload = () => listener.sent();
      xhr.onload = () => {
        const responseHeaders = new Headers();
        for (const line of xhr.getAllResponseHeaders().trim().split(/\r?\n/)) {
          const at = line.indexOf(':');
          if (at > 0) responseHeaders.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
        }
        resolve(new Response(xhr.responseText, { status: xhr.status, headers: responseHeaders }));
      };
      xhr.onerror = () => reject(new TypeError('Network request failed'));
      xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
      init?.signal?.addEventListener('abort', () => xhr.abort());
      xhr.send(typeof init?.body === 'string' ? init.body : null);
    });
}
