type Fields = Record<string, unknown>;

function emit(level: "info" | "warn" | "error", fields: Fields, msg: string) {
  const line = JSON.stringify({ level, msg, time: new Date().toISOString(), ...fields });
  if (level === "error") process.stderr.write(line + "\n");
  else process.stdout.write(line + "\n");
}

export const logger = {
  info: (fields: Fields, msg: string) => emit("info", fields, msg),
  warn: (fields: Fields, msg: string) => emit("warn", fields, msg),
  error: (fields: Fields, msg: string) => emit("error", fields, msg),
};
