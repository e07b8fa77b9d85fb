// Next.js calls register() once when a server process starts: the red-flag alert worker and housekeeping run
// inside the app, so `npm start` needs nothing else (see README, "Alerts").
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startAlertWorker } = await import("./lib/alerts/start-alert-worker");
    startAlertWorker();
    const { startHousekeeping } = await import("./lib/housekeeping/housekeeping");
    startHousekeeping();
  }
}
