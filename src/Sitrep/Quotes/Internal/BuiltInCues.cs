namespace Sitrep.Quotes;

/// <summary>
/// The built-in cue lexicon, written for Sitrep (see <see cref="CueLexicon"/> for the format). Kept
/// as a table rather than code so that adding a verb is a one-line data change.
/// </summary>
internal static class BuiltInCues
{
    public const string Table = """
        # forms	stance	frame
        # neutral reporting verbs
        say,says,said,saying	reports	clause
        add,adds,added,adding	reports	clause
        state,states,stated,stating	reports	clause
        declare,declares,declared,declaring	reports	clause
        announce,announces,announced,announcing	reports	clause
        explain,explains,explained,explaining	reports	clause
        note,notes,noted,noting	reports	that
        stress,stresses,stressed,stressing	reports	clause
        emphasise,emphasises,emphasised,emphasising,emphasize,emphasizes,emphasized,emphasizing	asserts	clause
        report,reports,reported,reporting	reports	that
        suggest,suggests,suggested,suggesting	reports	that
        write,writes,wrote,writing	reports	that
        tell,tells,told,telling	reports	tell
        quoted as saying	reports	clause
        ask,asks,asked,asking	reports	tell
        reply,replies,replied,replying	reports	clause
        recall,recalls,recalled,recalling	reports	that
        comment,comments,commented,commenting	reports	that
        tweet,tweets,tweeted,tweeting	reports	clause
        # assertions made pointedly
        claim,claims,claimed,claiming	asserts	clause
        insist,insists,insisted,insisting	asserts	clause
        maintain,maintains,maintained,maintaining	asserts	that
        argue,argues,argued,arguing	asserts	that
        allege,alleges,alleged,alleging	asserts	that
        disclose,discloses,disclosed,disclosing	asserts	that
        reveal,reveals,revealed,revealing	asserts	that
        confirm,confirms,confirmed,confirming	asserts	that
        acknowledge,acknowledges,acknowledged,acknowledging	asserts	that
        admit,admits,admitted,admitting	asserts	that
        make it clear,makes it clear,made it clear,making it clear,make clear,makes clear,made clear	asserts	that
        # predictions and fears
        predict,predicts,predicted,predicting	predicts	clause
        forecast,forecasts,forecasted	predicts	that
        warn,warns,warned,warning	predicts	tell
        expect,expects,expected	predicts	that
        fear,fears,feared	predicts	that
        vow,vows,vowed,vowing	predicts	clause
        promise,promises,promised,promising	predicts	clause
        pledge,pledges,pledged,pledging	predicts	clause
        threaten,threatens,threatened,threatening	predicts	clause
        estimate,estimates,estimated,estimating	asserts	that
        concede,concedes,conceded,conceding	asserts	clause
        # denials
        deny,denies,denied,denying	denies	clause
        reject,rejects,rejected,rejecting	denies	object
        dismiss,dismisses,dismissed	denies	object
        # demands
        call for,calls for,called for,calling for	demands	object
        call on,calls on,called on,calling on,call upon,calls upon,called upon	demands	object
        urge,urges,urged,urging	demands	object
        demand,demands,demanded,demanding	demands	clause
        appeal for,appeals for,appealed for	demands	object
        # accusations
        accuse,accuses,accused,accusing	accuses	object
        denounce,denounces,denounced,denouncing	accuses	object
        condemn,condemns,condemned,condemning	accuses	object
        criticise,criticises,criticised,criticising,criticize,criticizes,criticized,criticizing	accuses	object
        blame,blames,blamed,blaming	accuses	object
        # descriptions and attributions
        describe,describes,described,describing	reports	as
        according to	reports	according
        reports of,report of,claims of,allegations of,warnings of,rumours of,rumors of	reports	noun
        said to,reported to,alleged to,rumoured to,rumored to	reports	hearsay
        """;
}
