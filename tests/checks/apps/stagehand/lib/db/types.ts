import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface FestivalsTable { id: Generated<string>; org_id: string; slug: string; name: string; starts_at: Timestamp; ends_at: Timestamp; status: string; stripe_account_id: string | null; settings_json: string; gate_secret: string | null }
export interface StagesTable { id: Generated<string>; festival_id: string; name: string; capacity: number; stage_manager_id: string | null; curfew: string | null }
export interface ArtistsTable { id: Generated<string>; festival_id: string; name: string; slug: string; bio: string | null; agent_email: string; fee_cents: number; contract_notes: string | null; bank_iban: string | null; published: boolean }
export interface ArtistUsersTable { id: string; email: string; password_hash: string; artist_id: string; email_verified: boolean; reset_token_hash: string | null; reset_expires: Timestamp | null; email_otp: string | null }
export interface ArtistSessionsTable { id: string; user_id: string; expires_at: Timestamp }
export interface SetTimesTable { id: Generated<string>; festival_id: string; stage_id: string; artist_id: string; starts_at: Timestamp; ends_at: Timestamp; notes: string | null; public: boolean; changeover_notes: string | null }
export interface RidersTable { id: Generated<string>; artist_id: string; festival_id: string; hospitality: string; technical: string; status: string; internal_notes: string | null; budget_cents: number }
export interface GuestListEntriesTable { id: Generated<string>; artist_id: string; festival_id: string; name: string; email: string; plus_ones: number; checked_in: boolean; access_code: string }
export interface VendorsTable { id: Generated<string>; festival_id: string; business_name: string; contact_email: string; password_hash: string; phone: string | null; status: string; legacy_id: number | null; hygiene_rating: number | null; bank_account: string | null; fee_balance_cents: number; approved: boolean }
export interface PitchApplicationsTable { id: Generated<string>; vendor_id: string; festival_id: string; pitch_type: string; menu: string; status: string; fee_cents: number; paid: boolean; reviewer_notes: string | null }
export interface VolunteersTable { id: Generated<string>; festival_id: string; name: string; email: string; phone: string; shifts: string; status: string; dob: string; emergency_contact: string; role: string }
export interface LostItemsTable { id: Generated<string>; festival_id: string; description: string; contact_email: string; contact_phone: string | null; location: string | null; status: string; claim_code: string; created_at: Generated<Timestamp> }
export interface DeviceKeysTable { id: Generated<string>; festival_id: string; name: string; key_hash: string; key_prefix: string; gate: string; created_by: string; revoked_at: Timestamp | null }
export interface AuditLogsTable { id: Generated<string>; festival_id: string | null; actor_id: string; action: string; target: string | null; meta: string; at: Generated<Timestamp> }
export interface IncidentsTable { id: Generated<string>; festival_id: string; stage_id: string; reported_by: string; severity: string; description: string; resolved: boolean }
export interface NewsletterTable { email: string; festival_id: string; confirmed: boolean; confirm_token: string }
export interface AnnouncementsTable { id: Generated<string>; festival_id: string; title: string; body: string; audience: string; author_id: string }

export interface StaffProfilesTable { user_id: string; festival_id: string; display_name: string; phone: string | null; radio_channel: number | null }

export interface DB {
  staff_profiles: StaffProfilesTable;
  festivals: FestivalsTable;
  stages: StagesTable;
  artists: ArtistsTable;
  artist_users: ArtistUsersTable;
  artist_sessions: ArtistSessionsTable;
  set_times: SetTimesTable;
  riders: RidersTable;
  guest_list_entries: GuestListEntriesTable;
  vendors: VendorsTable;
  pitch_applications: PitchApplicationsTable;
  volunteers: VolunteersTable;
  lost_items: LostItemsTable;
  device_keys: DeviceKeysTable;
  audit_logs: AuditLogsTable;
  incidents: IncidentsTable;
  newsletter: NewsletterTable;
  announcements: AnnouncementsTable;
}
