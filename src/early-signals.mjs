// Loaded first by `npm start` (`node --import ./src/early-signals.mjs --import tsx src/main.ts`),
// in plain JavaScript so it runs before tsx compiles anything: a SIGINT or SIGTERM that arrives
// while tsx and the product load (about half a second) is noted here instead of killing the
// process, and src/shutdown.ts handles it as soon as it listens (a clean stop, exit 0).
const noted = [];
const note = (signal) => noted.push(signal);
process.on('SIGINT', note);
process.on('SIGTERM', note);
globalThis.__factbotEarlySignals = {
  /** Stops noting and hands over what was noted (the shutdown handler listens from now on). */
  take() {
    process.off('SIGINT', note);
    process.off('SIGTERM', note);
    return noted.splice(0);
  },
};
