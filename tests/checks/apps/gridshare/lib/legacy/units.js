// Shared with the v1 mobile app bundle (plain JS).
export function whToKwh(wh) {
  return Math.round((Number(wh) / 1000) * 100) / 100;
}

export function centsToEuro(cents) {
  return (Number(cents) / 100).toFixed(2);
}
