"use client";

type Item = { id: string; item: string; quantity: number; unit: string; week: string };

export function HarvestTable({ items, onRemove }: { items: Item[]; onRemove: (fd: FormData) => Promise<void> }) {
  return (
    <table className="w-full text-sm">
      <thead>
        <tr><th>Week</th><th>Item</th><th>Qty</th><th /></tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.id}>
            <td>{i.week}</td>
            <td>{i.item}</td>
            <td>{i.quantity} {i.unit}</td>
            <td>
              <form action={onRemove}>
                <input type="hidden" name="id" value={i.id} />
                <button className="btn-sm">Remove</button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
