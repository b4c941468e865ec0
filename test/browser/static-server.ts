// A static file server on 127.0.0.1 and a free port the system picks, for the
// browser tests. Serves one folder; anything outside it is a 404.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** A running server: its base URL (ending in `/`) and how to stop it. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves `folder` on 127.0.0.1 until `close()` is called. */
export async function serveFolder(folder: string): Promise<StaticServer> {
  const root = normalize(folder + sep);
  const server: Server = createServer((request, response) => void respond(root, request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the server has no port");
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Answers one request with the file it names under `root`, or a 404. */
async function respond(root: string, request: IncomingMessage, response: ServerResponse) {
  const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
  const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
  try {
    if (!file.startsWith(root)) throw new Error("outside the served folder");
    const body = await readFile(file);
    response.writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
    });
    response.end(body);
  } catch {
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("not found");
  }
}
