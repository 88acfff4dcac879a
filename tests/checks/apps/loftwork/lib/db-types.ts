import type { Generated, ColumnType } from "kysely";

type Ts = ColumnType<Date, Date | string | undefined, Date | string>;

export interface UserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: number;
  image: string | null;
  role: string | null;
  createdAt: Ts;
  updatedAt: Ts;
}
export interface AccountTable {
  id: string;
  userId: string;
  providerId: string;
  password: string | null;
}
export interface VerificationTable {
  id: string;
  identifier: string;
  value: string;
  expiresAt: Ts;
}
export interface MemberTable {
  id: string;
  organizationId: string;
  userId: string;
  role: string;
}
export interface LocationTable {
  id: string;
  slug: string;
  name: string;
  city: string;
  address: string;
  timezone: string;
  manager_id: string | null;
  door_api_key: string;
  wifi_password: string;
  is_public: number;
  created_at: Ts;
}
export interface DeskTable { id: string; location_id: string; label: string; zone: string; hourly_cents: number; active: number }
export interface RoomTable { id: string; location_id: string; name: string; capacity: number; hourly_cents: number }
export interface BookingTable {
  id: string;
  user_id: string;
  organization_id: string | null;
  location_id: string;
  desk_id: string | null;
  room_id: string | null;
  starts_at: Ts;
  ends_at: Ts;
  status: "pending" | "confirmed" | "cancelled" | "closed_unpaid";
  price_cents: number;
  paid: number;
  notes: string | null;
  created_at: Ts;
}
export interface TeamPlanTable {
  id: string;
  organization_id: string;
  plan: "flex" | "dedicated" | "private_office";
  seats: number;
  credits: number;
  stripe_customer_id: string | null;
  billing_email: string;
}
export interface VisitorTable {
  id: string;
  location_id: string;
  host_user_id: string;
  full_name: string;
  email: string | null;
  phone: string | null;
  id_document: string | null;
  checked_in_at: Ts | null;
  checked_out_at: Ts | null;
  badge_pin: string | null;
}
export interface EventTable {
  id: string;
  location_id: string;
  created_by: string;
  title: string;
  blurb: string | null;
  starts_at: Ts;
  capacity: number;
  published: number;
}
export interface EventRsvpTable { event_id: string; user_id: string }
export interface DoorCodeTable {
  id: string;
  location_id: string;
  user_id: string | null;
  code: string;
  label: string;
  valid_until: Ts | null;
  revoked: number;
}
export interface DoorEventTable { id: Generated<number>; location_id: string; door_code_id: string | null; kind: string; raw: string; received_at: Generated<Date> }
export interface InvoiceTable {
  id: string;
  number: string;
  organization_id: string | null;
  user_id: string | null;
  amount_cents: number;
  tax_cents: number;
  status: "draft" | "open" | "paid" | "void";
  stripe_invoice_id: string | null;
  internal_note: string | null;
  issued_at: Ts;
}
export interface CreditNoteTable { id: string; invoice_id: string; amount_cents: number; reason: string; issued_by: string; created_at: Generated<Date> }
export interface TourRequestTable { id: string; location_id: string; name: string; email: string; company: string | null; preferred_date: string | null; created_at: Generated<Date> }
export interface ApiTokenTable { id: string; user_id: string; name: string; token_hash: string; last_four: string; created_at: Generated<Date> }
export interface AuditLogTable { id: Generated<number>; actor_id: string | null; action: string; target: string | null; meta: string | null; created_at: Generated<Date> }

export interface DB {
  user: UserTable;
  account: AccountTable;
  member: MemberTable;
  verification: VerificationTable;
  locations: LocationTable;
  desks: DeskTable;
  rooms: RoomTable;
  bookings: BookingTable;
  team_plans: TeamPlanTable;
  visitors: VisitorTable;
  events: EventTable;
  event_rsvps: EventRsvpTable;
  door_codes: DoorCodeTable;
  door_events: DoorEventTable;
  invoices: InvoiceTable;
  credit_notes: CreditNoteTable;
  tour_requests: TourRequestTable;
  api_tokens: ApiTokenTable;
  audit_log: AuditLogTable;
}
