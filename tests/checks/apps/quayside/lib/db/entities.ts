import { Entity, PrimaryKey, Property, ManyToOne, Enum, Index, type Opt } from "@mikro-orm/core";
import { randomUUID } from "node:crypto";

export type Role = "owner" | "admin" | "harbourmaster" | "staff";
export type BookingStatus = "pending" | "confirmed" | "cancelled" | "completed";

@Entity({ tableName: "organisations" })
export class Organisation {
  @PrimaryKey({ type: "uuid" }) id: string = randomUUID();
  @Property() name!: string;
  @Property({ unique: true }) slug!: string;
  @Property() plan: string & Opt = "trial";
  @Property({ nullable: true }) stripeCustomerId?: string;
  @Property({ nullable: true }) suspendedAt?: Date;
  @Property({ nullable: true }) trialEndsAt?: Date;
  @Property() createdAt: Date & Opt = new Date();
}

@Entity({ tableName: "members" })
export class Member {
  @PrimaryKey({ type: "uuid" }) id: string = randomUUID();
  @ManyToOne(() => Organisation, { mapToPk: true, fieldName: "org_id" }) org!: string;
  @Property({ unique: true }) logtoUserId!: string;
  @Property() email!: string;
  @Property({ nullable: true }) name?: string;
  @Enum({ items: ["owner", "admin", "harbourmaster", "staff"] }) role: Role & Opt = "staff";
  @Property({ type: "array" }) permissions: string[] & Opt = [];
  @Property({ nullable: true, hidden: false }) totpSecret?: string;
  @Property() totpEnabled: boolean & Opt = false;
  @Property({ type: "array", nullable: true }) recoveryCodesHash?: string[];
  @Property({ nullable: true }) disabledAt?: Date;
  @Property() createdAt: Date & Opt = new Date();
}

@Entity({ tableName: "marinas" })
export class Marina {
  @PrimaryKey({ type: "uuid" }) id: string = randomUUID();
  @ManyToOne(() => Organisation, { mapToPk: true, fieldName: "org_id" }) org!: string;
  @Property() name!: string;
  @Property() slug!: string;
  @Property() timezone: string & Opt = "Europe/London";
  @Property() publicBooking: boolean & Opt = false;
  @Property({ nullable: true }) gateCode?: string;
}

@Entity({ tableName: "berths" })
export class Berth {
  @PrimaryKey({ type: "uuid" }) id: string = randomUUID();
  @ManyToOne(() => Organisation, { mapToPk: true, fieldName: "org_id" }) org!: string;
  @ManyToOne(() => Marina, { mapToPk: true, fieldName: "marina_id" }) marina!: string;
  @Property() code!: string;
  @Property({ type: "decimal" }) lengthM!: number;
  @Property({ type: "decimal" }) beamM!: number;
  @Property({ type: "decimal" }) draftM!: number;
  @Property() dailyRateCents!: number;
  @Property() status: string & Opt = "available";
  @Property({ nullable: true }) internalNotes?: string;
  @Property({ nullable: true }) holdUntil?: Date;
}

@Entity({ tableName: "owners" })
export class Owner {
  @PrimaryKey({ type: "uuid" }) id: string = randomUUID();
  @ManyToOne(() => Organisation, { mapToPk: true, fieldName: "org_id" }) org!: string;
  @Index() @Property() email!: string;
  @Property() name!: string;
  @Property({ nullable: true }) phone?: string;
  @Property({ nullable: true }) address?: string;
  @Property({ nullable: true }) passwordHash?: string;
  @Property() emailVerified: boolean & Opt = false;
  @Property({ nullable: true }) resetTokenHash?: string;
  @Property({ nullable: true }) resetTokenExpiresAt?: Date;
  @Property({ nullable: true }) loginCode?: string;
  @Property({ nullable: true }) loginCodeExpiresAt?: Date;
  @Property() creditBalanceCents: number & Opt = 0;
  @Property({ nullable: true }) notes?: string;
}

@Entity({ tableName: "boats" })
export class Boat {
  @PrimaryKey({ type: "uuid" }) id: string = randomUUID();
  @ManyToOne(() => Organisation, { mapToPk: true, fieldName: "org_id" }) org!: string;
  @ManyToOne(() => Owner, { mapToPk: true, fieldName: "owner_id" }) owner!: string;
  @Property() name!: string;
  @Property({ nullable: true }) registration?: string;
  @Property({ type: "decimal" }) lengthM!: number;
  @Property({ nullable: true }) insurancePolicyNo?: string;
  @Property({ nullable: true, type: "date" }) insuranceExpiry?: string;
  @Property({ nullable: true }) archivedAt?: Date;
}

@Entity({ tableName: "bookings" })
export class Booking {
  @PrimaryKey({ type: "uuid" }) id: string = randomUUID();
  @ManyToOne(() => Organisation, { mapToPk: true, fieldName: "org_id" }) org!: string;
  @ManyToOne(() => Berth, { mapToPk: true, fieldName: "berth_id" }) berth!: string;
  @ManyToOne(() => Boat, { mapToPk: true, fieldName: "boat_id", nullable: true }) boat?: string;
  @ManyToOne(() => Owner, { mapToPk: true, fieldName: "owner_id", nullable: true }) owner?: string;
  @Property({ type: "date" }) startsOn!: string;
  @Property({ type: "date" }) endsOn!: string;
  @Enum({ items: ["pending", "confirmed", "cancelled", "completed"] }) status: BookingStatus & Opt = "pending";
  @Property() totalCents!: number;
  @Property({ nullable: true }) guestName?: string;
  @Property({ nullable: true }) guestEmail?: string;
  @Property({ nullable: true }) guestPhone?: string;
  @Property({ nullable: true }) accessCode?: string;
  @Property() source: string & Opt = "console";
}

@Entity({ tableName: "invoices" })
export class Invoice {
  @PrimaryKey({ type: "uuid" }) id: string = randomUUID();
  @ManyToOne(() => Organisation, { mapToPk: true, fieldName: "org_id" }) org!: string;
  @ManyToOne(() => Owner, { mapToPk: true, fieldName: "owner_id" }) owner!: string;
  @ManyToOne(() => Booking, { mapToPk: true, fieldName: "booking_id", nullable: true }) booking?: string;
  @Property() number!: string;
  @Property() amountCents!: number;
  @Property() status: string & Opt = "open";
  @Property({ type: "date" }) dueOn!: string;
  @Property({ nullable: true }) payLinkToken?: string;
  @Property({ nullable: true }) stripeInvoiceId?: string;
}

@Entity({ tableName: "payments" })
export class Payment {
  @PrimaryKey({ type: "uuid" }) id: string = randomUUID();
  @ManyToOne(() => Organisation, { mapToPk: true, fieldName: "org_id" }) org!: string;
  @ManyToOne(() => Invoice, { mapToPk: true, fieldName: "invoice_id" }) invoice!: string;
  @Property() amountCents!: number;
  @Property({ nullable: true }) stripePaymentIntentId?: string;
  @Property() status!: string;
  @Property() createdAt: Date & Opt = new Date();
}

@Entity({ tableName: "crew_members" })
export class CrewMember {
  @PrimaryKey({ type: "uuid" }) id: string = randomUUID();
  @ManyToOne(() => Organisation, { mapToPk: true, fieldName: "org_id" }) org!: string;
  @ManyToOne(() => Marina, { mapToPk: true, fieldName: "marina_id", nullable: true }) marina?: string;
  @Property() name!: string;
  @Property({ nullable: true }) phone?: string;
  @Property({ nullable: true }) pinHash?: string;
  @Property({ nullable: true }) pbUserId?: string;
  @Property({ nullable: true }) appwriteUserId?: string;
  @Property({ nullable: true }) hourlyRateCents?: number;
  @Property() active: boolean & Opt = true;
}

@Entity({ tableName: "shifts" })
export class Shift {
  @PrimaryKey({ type: "uuid" }) id: string = randomUUID();
  @ManyToOne(() => Organisation, { mapToPk: true, fieldName: "org_id" }) org!: string;
  @ManyToOne(() => CrewMember, { mapToPk: true, fieldName: "crew_id" }) crew!: string;
  @Property() startedAt!: Date;
  @Property({ nullable: true }) endedAt?: Date;
  @Property({ nullable: true }) notes?: string;
}

@Entity({ tableName: "maintenance_tickets" })
export class MaintenanceTicket {
  @PrimaryKey({ type: "uuid" }) id: string = randomUUID();
  @ManyToOne(() => Organisation, { mapToPk: true, fieldName: "org_id" }) org!: string;
  @ManyToOne(() => Berth, { mapToPk: true, fieldName: "berth_id", nullable: true }) berth?: string;
  @Property() title!: string;
  @Property({ nullable: true, type: "text" }) description?: string;
  @Property() status: string & Opt = "open";
  @Property() priority: string & Opt = "normal";
  @ManyToOne(() => CrewMember, { mapToPk: true, fieldName: "assignee_id", nullable: true }) assignee?: string;
  @Property({ nullable: true }) costCents?: number;
  @Property() createdAt: Date & Opt = new Date();
}

@Entity({ tableName: "api_keys" })
export class ApiKey {
  @PrimaryKey({ type: "uuid" }) id: string = randomUUID();
  @ManyToOne(() => Organisation, { mapToPk: true, fieldName: "org_id" }) org!: string;
  @Property() name!: string;
  @Property() prefix!: string;
  @Property({ unique: true }) keyHash!: string;
  @Property({ type: "array" }) scopes: string[] & Opt = [];
  @Property({ nullable: true }) createdById?: string;
  @Property({ nullable: true }) lastUsedAt?: Date;
  @Property({ nullable: true }) revokedAt?: Date;
}

@Entity({ tableName: "webhook_endpoints" })
export class WebhookEndpoint {
  @PrimaryKey({ type: "uuid" }) id: string = randomUUID();
  @ManyToOne(() => Organisation, { mapToPk: true, fieldName: "org_id" }) org!: string;
  @Property() url!: string;
  @Property() secret!: string;
  @Property({ type: "array" }) events: string[] & Opt = [];
  @Property({ nullable: true }) disabledAt?: Date;
}

@Entity({ tableName: "audit_events" })
export class AuditEvent {
  @PrimaryKey({ autoincrement: true }) id!: number;
  @Property({ nullable: true }) orgId?: string;
  @Property({ nullable: true }) actorId?: string;
  @Property() action!: string;
  @Property({ nullable: true }) target?: string;
  @Property({ type: "json", nullable: true }) meta?: Record<string, unknown>;
  @Property({ nullable: true }) ip?: string;
  @Property() createdAt: Date & Opt = new Date();
}
