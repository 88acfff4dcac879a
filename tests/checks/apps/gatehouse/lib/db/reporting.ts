import { Pool } from "pg";
import { Kysely, PostgresDialect } from "kysely";
import Knex from "knex";
import { Sequelize } from "sequelize";

// Reporting runs against the read replica (pg / Kysely / knex — three generations of
// report code) and the finance warehouse (Sequelize, owned by the finance team).

export const pool = new Pool({
  connectionString: process.env.REPORTING_DATABASE_URL,
  max: 5,
  statement_timeout: 15_000,
});

interface OrdersTable {
  id: string;
  event_id: string;
  buyer_email: string;
  buyer_name: string;
  total_cents: number;
  refunded_cents: number;
  status: string;
  created_at: Date;
}

interface TicketsTable {
  id: string;
  order_id: string;
  ticket_type_id: string;
  attendee_name: string;
  attendee_email: string;
  qr_secret: string;
  checked_in_at: Date | null;
}

export interface ReportingDB {
  orders: OrdersTable;
  tickets: TicketsTable;
}

export const kdb = new Kysely<ReportingDB>({ dialect: new PostgresDialect({ pool }) });

export const knex = Knex({
  client: "pg",
  connection: process.env.REPORTING_DATABASE_URL,
  pool: { min: 0, max: 4 },
});

export const warehouse = new Sequelize(process.env.WAREHOUSE_URL!, {
  dialect: "postgres",
  logging: false,
});
