export { sql, db } from "@vercel/postgres";
