import postgres from "postgres";

// postgres.js client used by the inventory service (lots, stock movements)
export const sql = postgres(process.env.INVENTORY_DATABASE_URL!, { max: 10, idle_timeout: 20 });
