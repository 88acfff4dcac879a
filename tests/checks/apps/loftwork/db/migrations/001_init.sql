-- Loftwork core schema (MySQL 8). better-auth tables (user, session, account,
-- verification, organization, member, invitation) are created by `npx @better-auth/cli migrate`.

CREATE TABLE locations (
  id            VARCHAR(36) PRIMARY KEY,
  slug          VARCHAR(64) NOT NULL UNIQUE,
  name          VARCHAR(120) NOT NULL,
  city          VARCHAR(80) NOT NULL,
  address       VARCHAR(255) NOT NULL,
  timezone      VARCHAR(64) NOT NULL DEFAULT 'Europe/Berlin',
  manager_id    VARCHAR(36) NULL,
  door_api_key  VARCHAR(128) NOT NULL,
  wifi_password VARCHAR(128) NOT NULL,
  is_public     TINYINT(1) NOT NULL DEFAULT 1,
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE desks (
  id           VARCHAR(36) PRIMARY KEY,
  location_id  VARCHAR(36) NOT NULL,
  label        VARCHAR(32) NOT NULL,
  zone         VARCHAR(32) NOT NULL,
  hourly_cents INT NOT NULL,
  active       TINYINT(1) NOT NULL DEFAULT 1,
  FOREIGN KEY (location_id) REFERENCES locations(id)
);

CREATE TABLE rooms (
  id           VARCHAR(36) PRIMARY KEY,
  location_id  VARCHAR(36) NOT NULL,
  name         VARCHAR(80) NOT NULL,
  capacity     INT NOT NULL,
  hourly_cents INT NOT NULL,
  FOREIGN KEY (location_id) REFERENCES locations(id)
);

CREATE TABLE bookings (
  id              VARCHAR(36) PRIMARY KEY,
  user_id         VARCHAR(36) NOT NULL,
  organization_id VARCHAR(36) NULL,
  location_id     VARCHAR(36) NOT NULL,
  desk_id         VARCHAR(36) NULL,
  room_id         VARCHAR(36) NULL,
  starts_at       DATETIME NOT NULL,
  ends_at         DATETIME NOT NULL,
  status          ENUM('pending','confirmed','cancelled','closed_unpaid') NOT NULL DEFAULT 'pending',
  price_cents     INT NOT NULL,
  paid            TINYINT(1) NOT NULL DEFAULT 0,
  notes           TEXT NULL,
  created_at      DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE team_plans (
  id              VARCHAR(36) PRIMARY KEY,
  organization_id VARCHAR(36) NOT NULL UNIQUE,
  plan            ENUM('flex','dedicated','private_office') NOT NULL,
  seats           INT NOT NULL,
  credits         INT NOT NULL DEFAULT 0,
  stripe_customer_id VARCHAR(64) NULL,
  billing_email   VARCHAR(255) NOT NULL
);

CREATE TABLE visitors (
  id           VARCHAR(36) PRIMARY KEY,
  location_id  VARCHAR(36) NOT NULL,
  host_user_id VARCHAR(36) NOT NULL,
  full_name    VARCHAR(120) NOT NULL,
  email        VARCHAR(255) NULL,
  phone        VARCHAR(40) NULL,
  id_document  VARCHAR(64) NULL,
  checked_in_at  DATETIME NULL,
  checked_out_at DATETIME NULL,
  badge_pin    VARCHAR(8) NULL
);

CREATE TABLE events (
  id          VARCHAR(36) PRIMARY KEY,
  location_id VARCHAR(36) NOT NULL,
  created_by  VARCHAR(36) NOT NULL,
  title       VARCHAR(160) NOT NULL,
  blurb       TEXT NULL,
  starts_at   DATETIME NOT NULL,
  capacity    INT NOT NULL,
  published   TINYINT(1) NOT NULL DEFAULT 0
);

CREATE TABLE event_rsvps (
  event_id VARCHAR(36) NOT NULL,
  user_id  VARCHAR(36) NOT NULL,
  PRIMARY KEY (event_id, user_id)
);

CREATE TABLE door_codes (
  id          VARCHAR(36) PRIMARY KEY,
  location_id VARCHAR(36) NOT NULL,
  user_id     VARCHAR(36) NULL,
  code        VARCHAR(12) NOT NULL,
  label       VARCHAR(80) NOT NULL,
  valid_until DATETIME NULL,
  revoked     TINYINT(1) NOT NULL DEFAULT 0
);

CREATE TABLE door_events (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  location_id VARCHAR(36) NOT NULL,
  door_code_id VARCHAR(36) NULL,
  kind        VARCHAR(32) NOT NULL,
  raw         JSON NOT NULL,
  received_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE invoices (
  id              VARCHAR(36) PRIMARY KEY,
  number          VARCHAR(32) NOT NULL UNIQUE,
  organization_id VARCHAR(36) NULL,
  user_id         VARCHAR(36) NULL,
  amount_cents    INT NOT NULL,
  tax_cents       INT NOT NULL,
  status          ENUM('draft','open','paid','void') NOT NULL,
  stripe_invoice_id VARCHAR(64) NULL,
  internal_note   TEXT NULL,
  issued_at       DATETIME NOT NULL
);

CREATE TABLE credit_notes (
  id          VARCHAR(36) PRIMARY KEY,
  invoice_id  VARCHAR(36) NOT NULL,
  amount_cents INT NOT NULL,
  reason      VARCHAR(255) NOT NULL,
  issued_by   VARCHAR(36) NOT NULL,
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE tour_requests (
  id          VARCHAR(36) PRIMARY KEY,
  location_id VARCHAR(36) NOT NULL,
  name        VARCHAR(120) NOT NULL,
  email       VARCHAR(255) NOT NULL,
  company     VARCHAR(120) NULL,
  preferred_date DATE NULL,
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE api_tokens (
  id         VARCHAR(36) PRIMARY KEY,
  user_id    VARCHAR(36) NOT NULL,
  name       VARCHAR(80) NOT NULL,
  token_hash CHAR(64) NOT NULL,
  last_four  CHAR(4) NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE audit_log (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  actor_id   VARCHAR(36) NULL,
  action     VARCHAR(64) NOT NULL,
  target     VARCHAR(128) NULL,
  meta       JSON NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
