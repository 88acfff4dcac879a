import { type } from "arktype";

export const KioskCheckIn = type({
  locationId: "string.uuid",
  fullName: "2 <= string <= 120",
  hostEmail: "string.email",
  "phone?": "string <= 40",
});

export const VisitorCheckOut = type({
  visitorId: "string.uuid",
  badgePin: "/^[0-9]{4,8}$/",
});

export const DoorWebhookPayload = type({
  locationId: "string",
  event: "'door.opened' | 'door.denied' | 'door.forced'",
  "codeId?": "string",
  at: "string",
});
