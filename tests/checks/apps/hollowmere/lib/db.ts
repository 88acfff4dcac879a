import "server-only";
import postgres from "postgres";

declare global {
  // eslint-disable-next-line no-var
  var __hollowmereSql: ReturnType<typeof postgres> | undefined;
}

export const sql = globalThis.__hollowmereSql ?? postgres(process.env.DATABASE_URL!, { max: 5, prepare: false });
if (process.env.NODE_ENV !== "production") globalThis.__hollowmereSql = sql;
