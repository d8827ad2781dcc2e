-- A printed batch of letters holds names and postal addresses. When one of its authors has their
-- data erased the PDF goes; the row stays, so staff still see that a batch was printed and why it
-- cannot be downloaded or printed again.
ALTER TABLE letter_batch ALTER COLUMN pdf DROP NOT NULL;
ALTER TABLE letter_batch ADD COLUMN pdf_removed_at TIMESTAMPTZ;
ALTER TABLE letter_batch ADD CONSTRAINT letter_batch_pdf_or_removed CHECK ((pdf IS NULL) = (pdf_removed_at IS NOT NULL));
