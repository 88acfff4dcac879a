import { type } from "arktype";

export const scanPayload = type({ barcode: "string > 6", gate: "string", scannedAt: "string.date.iso" });

export const batchScanPayload = type({ scans: type({ barcode: "string > 6", scannedAt: "string.date.iso" }).array() });

export const wristbandPin = type({ wristbandId: "string", pin: /^\d{4}$/ });
