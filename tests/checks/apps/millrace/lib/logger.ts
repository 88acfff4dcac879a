type Fields = Record<string, unknown>;

export const logger = {
  info: (msg: string, fields: Fields = {}) => process.stdout.write(JSON.stringify({ level: "info", msg, ...fields }) + "\n"),
  warn: (msg: string, fields: Fields = {}) => process.stdout.write(JSON.stringify({ level: "warn", msg, ...fields }) + "\n"),
  error: (msg: string, fields: Fields = {}) => process.stderr.write(JSON.stringify({ level: "error", msg, ...fields }) + "\n"),
};
