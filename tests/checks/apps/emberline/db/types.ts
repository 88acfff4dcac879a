import type { Generated, ColumnType } from "kysely";

export interface PracticeSettingsTable {
  practice_id: string;
  reminder_sms: boolean;
  booking_window_days: number;
  cancellation_fee_cents: number;
  webhook_secret: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  actor_id: string;
  practice_id: string | null;
  action: string;
  target: string | null;
  meta: ColumnType<unknown, string, string>;
  created_at: Generated<Date>;
}

export interface ProviderScheduleTable {
  id: Generated<number>;
  practice_id: string;
  provider_id: string;
  weekday: number;
  opens: string;
  closes: string;
}

export interface Database {
  practice_settings: PracticeSettingsTable;
  audit_log: AuditLogTable;
  provider_schedule: ProviderScheduleTable;
}
