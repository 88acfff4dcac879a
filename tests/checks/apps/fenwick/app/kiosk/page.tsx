import { KioskForm } from "@/components/KioskForm";

export const metadata = { title: "Check in" };

export default function KioskPage() {
  return (
    <main className="container" style={{ fontSize: "1.4rem" }}>
      <h1>Welcome to Fenwick Clinic</h1>
      <p>Check in for today&apos;s appointment with your mobile number and date of birth.</p>
      <KioskForm />
    </main>
  );
}
