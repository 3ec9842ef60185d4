namespace CauNoi.Web.Shared;

/// <summary>A record with a folded search column kept in step with its text on every save.</summary>
public interface ISearchable
{
    string SearchName { get; set; }
    string SearchSource { get; }
}
