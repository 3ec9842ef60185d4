using System.Buffers.Binary;
using System.IO.Compression;

namespace CauNoi.Tests.Infrastructure;

/// <summary>Files that uploads are tested with, shared by the import, attachment and security tests.</summary>
public static class SampleFiles
{
    /// <summary>The smallest PDF a reader opens: an empty document.</summary>
    public static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        + "trailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A zip whose one part inflates to <paramref name="size"/> bytes of zeros: a few hundred kilobytes on the wire.</summary>
    public static byte[] ZipOfZeros(int size)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (var written = 0; written < size; written += zeros.Length) part.Write(zeros);
        }
        return output.ToArray();
    }

    /// <summary>
    /// The same bomb, lying about its size: its local header and central directory declare
    /// <paramref name="declared"/> bytes, so a size check by the directory alone would let it through.
    /// </summary>
    public static byte[] ZipThatHidesItsSize(int size, uint declared)
    {
        var bytes = ZipOfZeros(size);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(22), declared);
        var directory = bytes.AsSpan().LastIndexOf("PK\x01\x02"u8);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(directory + 24), declared);
        return bytes;
    }
}
