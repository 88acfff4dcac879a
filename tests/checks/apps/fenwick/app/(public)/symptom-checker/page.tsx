import { SymptomChat } from "@/components/SymptomChat";

export const metadata = { title: "Symptom checker (demo)" };

export default function SymptomCheckerPage() {
  return (
    <section>
      <h1>Symptom checker</h1>
      <p>This is a demonstration and not medical advice. In an emergency call 999.</p>
      <SymptomChat />
    </section>
  );
}
