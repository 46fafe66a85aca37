-- CreateTable
CREATE TABLE "BillingAccountSetup" (
    "accountId" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "phase" TEXT,
    "outcome" TEXT,
    "whmcsClientId" INTEGER,
    "whmcsUserId" INTEGER,
    "credentialsEmail" TEXT,
    "termsAcceptedAt" TIMESTAMP(3),
    "termsUrl" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BillingAccountSetup_pkey" PRIMARY KEY ("accountId")
);
