import postgres from "postgres";

// postgres.js client used by the reporting/standings code (read replica)
export const sql = postgres(process.env.REPLICA_URL!, { max: 5 });
