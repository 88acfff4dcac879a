type Level = "info" | "warn" | "error";
function emit(level: Level, msg: string, fields?: Record<string, unknown>) {
  process.stdout.write(JSON.stringify({ level, msg, ...fields, ts: new Date().toISOString() }) + "\n");
}
export const logger = {
  info: (msg: string, f?: Record<string, unknown>) => emit("info", msg, f),
  warn: (msg: string, f?: Record<string, unknown>) => emit("warn", msg, f),
  error: (msg: string, f?: Record<string, unknown>) => emit("error", msg, f),
};
