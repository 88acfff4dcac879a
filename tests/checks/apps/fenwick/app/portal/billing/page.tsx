import { getMyInvoices } from "@/app/actions/billing";

export default async function BillingPage() {
  const invoices = await getMyInvoices();
  const fmt = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
  return (
    <section>
      <h1>Invoices</h1>
      <table>
        <tbody>
          {invoices.map((i) => (
            <tr key={i.id}>
              <td>#{i.id}</td>
              <td>{fmt.format(i.amount_cents / 100)}</td>
              <td>{i.status}</td>
              <td>{new Date(i.created_at).toLocaleDateString("en-GB")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
