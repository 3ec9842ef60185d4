-- CauNoi schema 0004: a notification to an organisation is one row that every member sees, instead of one per
-- member (a unit of 140 officers wrote 140 rows and 140 e-mails per new recommendation). Each member's reading of
-- it is a row of NotificationReads, or is covered by their "mark all read" (NotificationReadMarks).
-- Written from --print-model-schema sqlite. SQLite cannot make a column nullable or add a CHECK in place:
-- Notifications is rebuilt and its rows copied, ids kept; the notifications already written stay the users' own.
CREATE TABLE "Notifications_0004" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NULL,
    "OrganisationId" INTEGER NULL,
    "At" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Body" TEXT NULL,
    "Link" TEXT NULL,
    "ReadAt" TEXT NULL,
    CONSTRAINT "CK_Notifications_OneRecipient" CHECK (("UserId" IS NULL) <> ("OrganisationId" IS NULL)),
    CONSTRAINT "FK_Notifications_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Notifications_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);

INSERT INTO "Notifications_0004" ("Id", "UserId", "OrganisationId", "At", "Title", "Body", "Link", "ReadAt")
SELECT "Id", "UserId", NULL, "At", "Title", "Body", "Link", "ReadAt" FROM "Notifications";

DROP TABLE "Notifications";

ALTER TABLE "Notifications_0004" RENAME TO "Notifications";

CREATE INDEX "IX_Notifications_UserId_ReadAt_At" ON "Notifications" ("UserId", "ReadAt", "At");

CREATE INDEX "IX_Notifications_UserId_At" ON "Notifications" ("UserId", "At");

CREATE INDEX "IX_Notifications_OrganisationId_At" ON "Notifications" ("OrganisationId", "At");

CREATE TABLE "NotificationReads" (
    "NotificationId" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    "ReadAt" TEXT NOT NULL,
    CONSTRAINT "PK_NotificationReads" PRIMARY KEY ("NotificationId", "UserId"),
    CONSTRAINT "FK_NotificationReads_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_NotificationReads_Notifications_NotificationId" FOREIGN KEY ("NotificationId") REFERENCES "Notifications" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_NotificationReads_UserId" ON "NotificationReads" ("UserId");

CREATE TABLE "NotificationReadMarks" (
    "UserId" TEXT NOT NULL CONSTRAINT "PK_NotificationReadMarks" PRIMARY KEY,
    "ReadThrough" TEXT NOT NULL,
    "ReadAt" TEXT NOT NULL,
    CONSTRAINT "FK_NotificationReadMarks_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
