import { Kysely, PostgresDialect } from "kysely";
import { Pool } from "pg";

export interface AccessDB {
  access_codes: {
    id: string;
    marina_id: string;
    customer_id: string | null;
    label: string;
    pin: string;
    zone: "gate" | "showers" | "fuel";
    valid_from: Date;
    valid_until: Date;
    created_by: string;
    revoked: boolean;
  };
  gate_devices: { id: string; marina_id: string; vendor_device_id: string; zone: string };
}

export const kdb = new Kysely<AccessDB>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL, max: 3 }) }),
});
