import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type Role = "owner" | "admin" | "member";

export interface UsersTable {
  id: Generated<string>;
  org_id: string;
  email: string;
  name: string | null;
  password_hash: string | null;
  role: Role;
  email_verified_at: Timestamp | null;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface OrgsTable {
  id: Generated<string>;
  name: string;
  plan: "free" | "team" | "business";
  credits: Generated<number>;
  stripe_customer_id: string | null;
  invoice_prefix: Generated<string>;
  default_currency: Generated<string>;
}

export interface ClientsTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  email: string | null;
  address: string | null;
  tax_id: string | null;
  notes: string | null;
  portal_pin: string | null;
  archived_at: Timestamp | null;
  created_at: Generated<Date>;
}

export interface InvoicesTable {
  id: Generated<string>;
  org_id: string;
  client_id: string;
  number: string;
  status: "draft" | "sent" | "paid" | "void";
  total_cents: number;
  currency: string;
  due_date: Timestamp;
  notes: string | null;
  created_by: string;
  paid_at: Timestamp | null;
  share_token_hash: string | null;
  created_at: Generated<Date>;
}

export interface ApiKeysTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  prefix: string;
  key_hash: string;
  created_by: string;
  revoked_at: Timestamp | null;
  created_at: Generated<Date>;
}

export interface InvitesTable {
  id: Generated<string>;
  org_id: string;
  email: string;
  role: Role;
  token: string;
  invited_by: string;
  expires_at: Timestamp;
}

export interface PasswordResetsTable {
  user_id: string;
  token_hash: string;
  expires_at: Timestamp;
}

export interface EmailVerificationsTable {
  user_id: string;
  token: string;
  expires_at: Timestamp;
}

export interface DB {
  users: UsersTable;
  orgs: OrgsTable;
  clients: ClientsTable;
  invoices: InvoicesTable;
  api_keys: ApiKeysTable;
  invites: InvitesTable;
  password_resets: PasswordResetsTable;
  email_verifications: EmailVerificationsTable;
}
