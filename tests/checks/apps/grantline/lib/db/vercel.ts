export { sql as vsql, db as vdb } from "@vercel/postgres";
