export default function CheckEmail() {
  return <p>We sent you a confirmation link. Open it on this device to finish signing up.</p>;
}
