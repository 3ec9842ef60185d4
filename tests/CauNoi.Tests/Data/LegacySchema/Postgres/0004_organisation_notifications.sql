-- CauNoi schema 0004: a notification to an organisation is one row that every member sees, instead of one per
-- member (a unit of 140 officers wrote 140 rows and 140 e-mails per new recommendation). Each member's reading of
-- it is a row of NotificationReads, or is covered by their "mark all read" (NotificationReadMarks).
-- Written from --print-model-schema postgres. The notifications already written stay the users' own.
ALTER TABLE "Notifications" ALTER COLUMN "UserId" DROP NOT NULL;

ALTER TABLE "Notifications" ADD "OrganisationId" integer;

ALTER TABLE "Notifications" ADD CONSTRAINT "CK_Notifications_OneRecipient" CHECK (("UserId" IS NULL) <> ("OrganisationId" IS NULL));

ALTER TABLE "Notifications" ADD CONSTRAINT "FK_Notifications_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE;

CREATE INDEX "IX_Notifications_UserId_At" ON "Notifications" ("UserId", "At");

CREATE INDEX "IX_Notifications_OrganisationId_At" ON "Notifications" ("OrganisationId", "At");

CREATE TABLE "NotificationReads" (
    "NotificationId" bigint NOT NULL,
    "UserId" text NOT NULL,
    "ReadAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_NotificationReads" PRIMARY KEY ("NotificationId", "UserId"),
    CONSTRAINT "FK_NotificationReads_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_NotificationReads_Notifications_NotificationId" FOREIGN KEY ("NotificationId") REFERENCES "Notifications" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_NotificationReads_UserId" ON "NotificationReads" ("UserId");

CREATE TABLE "NotificationReadMarks" (
    "UserId" text NOT NULL,
    "ReadThrough" timestamp with time zone NOT NULL,
    "ReadAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_NotificationReadMarks" PRIMARY KEY ("UserId"),
    CONSTRAINT "FK_NotificationReadMarks_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
