-- Billing / reporting side (PostgreSQL). Patient and staff ids are Mongo ObjectId strings.
CREATE TABLE invoices (
  id            BIGSERIAL PRIMARY KEY,
  patient_id    TEXT        NOT NULL,
  appointment_id TEXT,
  amount_cents  INTEGER     NOT NULL,
  currency      CHAR(3)     NOT NULL DEFAULT 'GBP',
  status        TEXT        NOT NULL DEFAULT 'open',
  insurer_ref   TEXT,
  card_last4    TEXT,
  payment_token TEXT,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX invoices_patient_idx ON invoices (patient_id);

CREATE TABLE payments (
  id          BIGSERIAL PRIMARY KEY,
  invoice_id  BIGINT      NOT NULL REFERENCES invoices(id),
  amount_cents INTEGER    NOT NULL,
  method      TEXT        NOT NULL,
  processor_ref TEXT,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE visit_stats (
  day           DATE        NOT NULL,
  clinician_id  TEXT        NOT NULL,
  visits        INTEGER     NOT NULL DEFAULT 0,
  no_shows      INTEGER     NOT NULL DEFAULT 0,
  PRIMARY KEY (day, clinician_id)
);
