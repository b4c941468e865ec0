// A web server on 127.0.0.1 that serves one tarball at a URL, as a release page or a file host
// would, and can be made to serve another file at the same URL (a tarball replaced after the
// fact). It counts the requests it answers, so a test can tell a download from npm's cache.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { basename } from "node:path";

/** A running server; see {@link serveTarball}. */
export interface TarballServer {
  /** The tarball's URL: `http://127.0.0.1:<port>/releases/<file name>`. */
  url: string;
  /** From now on, answers the same URL with this file instead. */
  serve: (file: string) => void;
  /** How many requests for the URL it has answered. */
  requests: () => number;
  /** Stops the server. */
  close: () => Promise<void>;
}

/** Starts a server for `tarball` on a free port of 127.0.0.1. */
export async function serveTarball(tarball: string): Promise<TarballServer> {
  const path = `/releases/${basename(tarball)}`;
  let body = readFileSync(tarball);
  let requests = 0;
  const server = createServer((request, response) => {
    if (request.url !== path) {
      response.writeHead(404).end();
      return;
    }
    requests += 1;
    response.writeHead(200, {
      "content-type": "application/octet-stream",
      "content-length": body.length,
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}${path}`,
    serve: (file) => {
      body = readFileSync(file);
    },
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
