-- CauNoi schema 0003 (indexes only): the lists are sorted by deadline; these let a page of 50 be read in that order
-- instead of sorting every visible row (measured at 1,000,000 recommendations, docs/benchmarks.md).
CREATE INDEX "IX_Recommendations_DueOn_Id" ON "Recommendations" ("DueOn", "Id");
CREATE INDEX "IX_Recommendations_ProvinceCode_DueOn_Id" ON "Recommendations" ("ProvinceCode", "DueOn", "Id");
CREATE INDEX "IX_Recommendations_RoutedUnitId_DueOn_Id" ON "Recommendations" ("RoutedUnitId", "DueOn", "Id");
-- The weekly report reads every record received up to the period's end: an index holding every column it needs is
-- read alone, without the wide rows. It replaces the index on the date received, of which it is an extension.
DROP INDEX "IX_Recommendations_ReceivedOn";
CREATE INDEX "IX_Recommendations_Report" ON "Recommendations" ("ReceivedOn", "Status", "AnsweredOn", "ClosedAt", "DueOn", "ProvinceCode", "CommuneCode", "RoutedUnitId", "FieldId", "FocalLeaderId", "Id");
-- A search's plan depends on how many rows its words match; a larger sample of the folded text makes
-- PostgreSQL's estimate of a LIKE '%…%' close enough to choose between the trigram index and the deadline order.
ALTER TABLE "Recommendations" ALTER COLUMN "SearchName" SET STATISTICS 1000;
