using Sitrep.Documents;
using static Sitrep.Tests.Quotes.QuoteTestDocs;

namespace Sitrep.Tests.Quotes;

public class SpeakerResolutionTests
{
    [Fact]
    public void Named_subject_resolves_to_the_entity_whose_mention_covers_it()
    {
        var text = "In her first interview since the coup Okonjo said the army had lost control.";
        var okonjo = Entity(text, "p1", "Ngozi Okonjo", EntityType.Person, "Okonjo");
        var q = Single(Annotate(text, okonjo), QuoteType.Indirect);
        Assert.Equal("p1", q.Speaker);
        Assert.Equal("Okonjo", q.SpeakerMention!.Value.Text(text));
    }

    [Fact]
    public void Pronoun_resolves_to_the_person_of_the_previous_sentence()
    {
        var text = "General Karim Haddad left Aleppo in May. He became the most senior officer to defect. In a message to his men he said: “Lay down your arms.”";
        var haddad = Entity(text, "p1", "Karim Haddad", EntityType.Person, "General Karim Haddad");
        var aleppo = Entity(text, "g1", "Aleppo", EntityType.Gpe, "Aleppo");
        var q = Single(Annotate(text, haddad, aleppo), QuoteType.Direct);
        Assert.Equal("p1", q.Speaker);
        Assert.Equal("he", q.SpeakerMention!.Value.Text(text));
    }

    [Fact]
    public void Pronoun_resolves_without_an_entity_layer_to_a_sentence_initial_name()
    {
        var text = "Haddad was held under guard for a year. Last week he called for talks with the opposition.";
        var q = Single(Annotate(text), QuoteType.Indirect);
        Assert.Equal("Haddad", q.SpeakerName);
    }

    [Fact]
    public void Relative_who_takes_the_name_it_hangs_on()
    {
        var text = "The defection of the ambassador to Iraq, Nawal Farouk, who condemned the “butchers of Homs”, shook the capital.";
        var q = Single(Annotate(text), QuoteType.Mixed);
        Assert.Equal("Nawal Farouk", q.SpeakerName);
        Assert.Equal("butchers of Homs", q.DirectSpan!.Value.Text(text));
    }

    [Fact]
    public void Title_resolves_to_the_person_named_with_it_earlier()
    {
        var text = "Foreign Secretary Helen Marsh flew to Geneva on Monday. The Foreign Secretary said the sanctions would stay.";
        var q = Single(Annotate(text), QuoteType.Indirect);
        Assert.Equal("Helen Marsh", q.SpeakerName);
    }

    [Fact]
    public void Title_resolves_to_an_entity_whose_mention_carries_it()
    {
        var text = "Foreign Secretary Helen Marsh flew to Geneva on Monday. The Foreign Secretary said the sanctions would stay.";
        var marsh = Entity(text, "p7", "Helen Marsh", EntityType.Person, "Foreign Secretary Helen Marsh");
        var q = Single(Annotate(text, marsh), QuoteType.Indirect);
        Assert.Equal("p7", q.Speaker);
    }

    [Fact]
    public void Organisation_as_speaker_resolves_to_the_organisation_entity()
    {
        var text = "The Ministry of Defence confirmed the strike. Later the ministry said that two soldiers had died.";
        var mod = Entity(text, "o1", "Ministry of Defence", EntityType.Org, "The Ministry of Defence");
        var q = Single(Annotate(text, mod), QuoteType.Indirect);
        Assert.Equal("two soldiers had died", q.Text);
        Assert.Equal("o1", q.Speaker);
    }

    [Fact]
    public void Appositive_name_between_commas_is_the_subject()
    {
        var text = "The army’s chief of staff, Major General Ilan Barak, recently described the arsenal as “the largest in the region”.";
        var q = Single(Annotate(text), QuoteType.Mixed);
        Assert.Equal("Major General Ilan Barak", q.SpeakerName);
    }

    [Fact]
    public void Person_beats_place_inside_a_speaker_phrase()
    {
        var text = "Israel’s intelligence chief, Avi Dror, said the border was quiet.";
        var israel = Entity(text, "g1", "Israel", EntityType.Gpe, "Israel");
        var dror = Entity(text, "p1", "Avi Dror", EntityType.Person, "Avi Dror");
        var q = Single(Annotate(text, israel, dror), QuoteType.Indirect);
        Assert.Equal("p1", q.Speaker);
    }
}
