import { Kysely, PostgresDialect } from "kysely";
import { pool } from "@/lib/db/pg";

export interface ShopDB {
  shops: { id: string; name: string; slug: string; owner_id: string; plan: string; description: string | null; city: string | null; accepts_orders: boolean };
  shop_users: { id: string; email: string; display_name: string; password_hash: string; totp_secret: string | null };
  shop_members: { id: string; shop_id: string; user_id: string; role: "owner" | "manager" | "operator"; invited_by: string | null };
  shop_invites: { id: string; shop_id: string; email: string; role: string; token_hash: string; expires_at: Date };
  materials: { id: string; shop_id: string; name: string; price_per_gram: number; stock_grams: number };
  print_jobs: { id: string; shop_id: string; printer_id: string; order_id: string; status: string; gcode_url: string; operator_id: string | null };
}

export const kdb = new Kysely<ShopDB>({ dialect: new PostgresDialect({ pool }) });
