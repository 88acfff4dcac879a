import { DataTypes, Model, Sequelize } from "sequelize";

// The expenses module came from the acquisition of "Receiptly" and still uses its
// Sequelize models against the legacy database.
export const sequelize = new Sequelize(process.env.LEGACY_DATABASE_URL!, {
  dialect: "postgres",
  logging: false,
});

export class Expense extends Model {
  declare id: number;
  declare orgId: string;
  declare submittedBy: string;
  declare vendorId: number | null;
  declare amountCents: number;
  declare category: string;
  declare description: string | null;
  declare status: "pending" | "approved" | "rejected" | "reimbursed";
  declare approvedBy: string | null;
  declare reimbursementIban: string | null;
}

Expense.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    orgId: { type: DataTypes.UUID, allowNull: false },
    submittedBy: { type: DataTypes.UUID, allowNull: false },
    vendorId: { type: DataTypes.INTEGER, allowNull: true },
    amountCents: { type: DataTypes.INTEGER, allowNull: false },
    category: { type: DataTypes.STRING, allowNull: false },
    description: { type: DataTypes.TEXT },
    status: { type: DataTypes.STRING, defaultValue: "pending" },
    approvedBy: { type: DataTypes.UUID, allowNull: true },
    reimbursementIban: { type: DataTypes.STRING, allowNull: true },
  },
  { sequelize, tableName: "expenses", underscored: true },
);

export class Vendor extends Model {
  declare id: number;
  declare orgId: string;
  declare name: string;
  declare bankAccount: string | null;
}

Vendor.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    orgId: { type: DataTypes.UUID, allowNull: false },
    name: { type: DataTypes.STRING, allowNull: false },
    bankAccount: { type: DataTypes.STRING, allowNull: true },
  },
  { sequelize, tableName: "vendors", underscored: true },
);
