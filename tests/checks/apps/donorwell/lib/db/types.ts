import type { ColumnType, Generated } from "kysely";

export interface DonorsTable {
  id: Generated<string>;
  userId: string;
  centreId: string;
  fullName: string;
  email: string;
  phone: string;
  dateOfBirth: string;
  bloodType: string | null;
  nationalId: string;
  barcodeSecret: string;
  healthNotes: string | null;
  referralCode: string;
  referredBy: string | null;
  smsOptIn: boolean;
  createdAt: ColumnType<Date, string | undefined, never>;
}

export interface AppointmentsTable {
  id: Generated<string>;
  donorId: string;
  centreId: string;
  slotStart: Date;
  status: "booked" | "moved" | "cancelled" | "attended";
  note: string | null;
}

export interface QuestionnairesTable {
  id: Generated<string>;
  donorId: string;
  answers: unknown;
  eligible: boolean;
  reviewedBy: string | null;
  submittedAt: Date;
}

export interface DonationsTable {
  id: Generated<string>;
  donorId: string;
  centreId: string;
  nurseId: string;
  bagBarcode: string;
  volumeMl: number;
  haemoglobin: number | null;
  collectedAt: Date;
}

export interface DeferralsTable {
  id: Generated<string>;
  donorId: string;
  centreId: string;
  reason: string;
  until: Date;
  createdBy: string;
  lifted: boolean;
}

export interface ReactionsTable {
  id: Generated<string>;
  donationId: string;
  severity: "mild" | "moderate" | "severe";
  notes: string;
  recordedBy: string;
}

export interface CentresTable {
  id: Generated<string>;
  slug: string;
  name: string;
  city: string;
  address: string;
  openingHours: unknown;
  twilioAuthToken: string | null;
  twilioFromNumber: string | null;
  appealQuotaPerDay: number;
  stripeAccountId: string | null;
}

export interface PartnersTable {
  id: Generated<string>;
  name: string;
  contactEmail: string;
  apiKeyHash: string;
  apiKeyPrefix: string;
  stripeCustomerId: string | null;
  active: boolean;
}

export interface OrdersTable {
  id: Generated<string>;
  partnerId: string;
  centreId: string;
  bloodType: string;
  units: number;
  status: "pending" | "approved" | "shipped" | "cancelled";
  invoiceId: string | null;
  createdAt: Date;
}

export interface ReferralsTable {
  id: Generated<string>;
  referrerId: string;
  phone: string;
  code: string;
  sentAt: Date;
}

export interface AuditEventsTable {
  id: Generated<string>;
  actorId: string | null;
  action: string;
  target: string | null;
  meta: unknown;
  at: Generated<Date>;
}

export interface Database {
  donors: DonorsTable;
  appointments: AppointmentsTable;
  questionnaires: QuestionnairesTable;
  donations: DonationsTable;
  deferrals: DeferralsTable;
  reactions: ReactionsTable;
  centres: CentresTable;
  partners: PartnersTable;
  orders: OrdersTable;
  referrals: ReferralsTable;
  auditEvents: AuditEventsTable;
}
