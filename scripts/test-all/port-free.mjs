// Exits 0 when nothing listens on 127.0.0.1:<port>, else says who to stop and exits 1. Playwright's webServer (with
// reuseExistingServer false) cannot start when the port is taken; the e2e stage refuses clearly instead, rather
// than stopping a process it did not start.
import net from "node:net";

const port = Number(process.argv[2]);
const socket = net.connect({ host: "127.0.0.1", port });
socket.once("connect", () => {
  socket.destroy();
  console.error(
    `FAILED: e2e: port ${port} is already in use (a server left over from an earlier run?). ` +
      `Stop it (find it with: ss -ltnp 'sport = :${port}') or set E2E_PORT to a free port, then run again.`,
  );
  process.exit(1);
});
socket.once("error", () => process.exit(0));
