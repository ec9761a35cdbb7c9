import pytest

from extractors.relays import (
    PERSONAL_DOMAINS,
    RELAY_DOMAINS,
    is_personal_domain,
    is_relay_domain,
    relay_category,
    stand_in_domain,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("acme@myworkday.com", True),
        ("no-reply@us.greenhouse-mail.io", True),
        ("jobs-noreply@linkedin.com", True),
        ("notifications@e.linkedin.com", True),
        ("hire.lever.co", True),
        ("acme@talent.icims.com", True),
        ("Calendly <notifications@calendly.com>", True),
        ("jane@acme.com", False),
        ("notifications@calendly.example", True),
        ("x@myworkday.example.com", True),
        ("noreply@glints.com", True),
        ("no-reply@djinni.co", True),
        ("info@doda.jp", True),
        ("notifications@driverreach.com", True),
        ("noreply@cfp-psc.gc.ca", True),
        ("alerts@rozee.pk", True),
        ("noreply@laborum.cl", True),
        ("no-reply@duunitori.fi", True),
        ("noreply@evaluar.com", True),
        ("no-reply@jobs.bg", True),
        ("pranesimai@cvbankas.lt", True),
        ("noreply@profession.hu", True),
        ("noreply@emploi.tn", True),
        # national boards of Croatia, Serbia, Estonia, Slovenia, Senegal and Uruguay
        ("noreply@moj-posao.net", True),
        ("obavestenja@poslovi.infostud.com", True),
        ("noreply@cvkeskus.ee", True),
        ("prijave@mojedelo.com", True),
        ("notifications@senjob.com", True),
        ("noreply@buscojobs.com.uy", True),
        # (a common phrase's brand is no relay under other suffixes)
        ("team@helloworld.example.com", False),
        ("jane@acme.example", False),
        ("friend@gmail.com", False),
        ("", False),
        (None, False),
    ],
    ids=lambda v: str(v),
)
def test_is_relay_domain(value, expected):
    assert is_relay_domain(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("pal@gmail.com", True),
        ("x@proton.me", True),
        ("pal@outlook.example", True),
        ("jane@acme.com", False),
        ("jane@example.com", False),
        (None, False),
    ],
    ids=lambda v: str(v),
)
def test_is_personal_domain(value, expected):
    assert is_personal_domain(value) is expected


@pytest.mark.parametrize(
    ("domain", "expected"),
    [
        ("calendly.example", "calendly.com"),
        ("recruit.acme.example.jp", "recruit.acme.com"),
        ("acme.example.co.uk", "acme.com"),
        ("example.com", "example.com"),
        ("acme.com", "acme.com"),
    ],
    ids=["bare-zone", "zone-of-a-country", "zone-of-a-two-part-country", "the-zone-itself", "real"],
)
def test_stand_in_domain(domain, expected):
    assert stand_in_domain(domain) == expected


def test_personal_mail_is_not_a_relay():
    assert not (PERSONAL_DOMAINS & RELAY_DOMAINS)


@pytest.mark.parametrize(
    ("value", "category"),
    [
        ("Outback Steakhouse <outback@harri.com>", "ats"),
        ("Karolinska Institutet <noreply@varbi.com>", "ats"),
        ("Wix Careers <no-reply@comeet-notifications.com>", "ats"),
        ("Impactpool <no-reply@impactpool.org>", "job_board"),
        ("Landing.jobs <hello@landing.jobs>", "job_board"),
        ("HSBC Early Careers <hsbc@arcticshores.com>", "assessment"),
        ("SkillSurvey <no-reply@skillsurvey.com>", "background_check"),
        ("Medtronic Talent Acquisition <medtronic@cielotalent.com>", "rpo"),
        ("City of Acme <recruitment@cityofacme.scouttalent.net>", "ats"),
        ("Acme Careers <acme@darwinbox.in>", "ats"),
        ("Acme Bau <noreply@umantis.com>", "ats"),
        ("MyCareersFuture <no-reply@mycareersfuture.gov.sg>", "job_board"),
        ("noreply@iworkfor.nsw.gov.au", "job_board"),
        ("Upwork <donotreply@upwork.com>", "job_board"),
        ("Aon Assessment <noreply@cut-e.net>", "assessment"),
        ("Referoo <noreply@referoo.com.au>", "background_check"),
        ("Acme <noreply@gupy.com.br>", "ats"),
        ("Acme <powiadomienia@traffit.com>", "ats"),
        ("Just Join IT <noreply@justjoin.it>", "job_board"),
        ("Kariyer.net <bilgi@kariyer.net>", "job_board"),
        ("Acme <noreply@aon-assessment.com>", "assessment"),
        ("Quest Diagnostics <noreply@questdiagnostics.com>", "background_check"),
        ("Indspire <noreply@collage.co>", "ats"),
        ("Petcube <hiring@peopleforce.io>", "ats"),
        ("Heartland Express <heartland@tenstreet.com>", "ats"),
        ("Apply to Education <noreply@applytoeducation.com>", "job_board"),
        ("Make a Future <noreply@makeafuture.ca>", "job_board"),
        ("JobThai <noreply@jobthai.com>", "job_board"),
        ("WUZZUF <noreply@wuzzuf.net>", "job_board"),
        ("PNet <noreply@pnet.co.za>", "job_board"),
        ("Hogan <noreply@hoganassessments.com>", "assessment"),
        ("PsicoSmart <notificaciones@psicosmart.net>", "assessment"),
        ("Sonic HealthPlus <bookings@sonichealthplus.com.au>", "background_check"),
        ("Beacon Hospital <noreply@rezoomo.com>", "ats"),
        ("PayPay <noreply@hrmos.co>", "ats"),
        ("Jobberman <noreply@jobberman.com>", "job_board"),
        ("MyJobMag <alerts@myjobmag.com>", "job_board"),
        ("Jadarat <noreply@jadarat.sa>", "job_board"),
        ("Emirates <noreply@sonru.com>", "assessment"),
        ("Coderbyte <team@coderbyte.com>", "assessment"),
        ("eScreen <noreply@escreen.com>", "background_check"),
        ("e-Vetting <noreply@vetting.garda.ie>", "background_check"),
    ],
    ids=lambda v: str(v),
)
def test_hiring_vendors_are_relays_of_their_kind(value, category) -> None:
    assert relay_category(value) == category


@pytest.mark.parametrize(
    "value",
    [
        "anja@posteo.de",
        "x@gmx.net",
        "y@outlook.pt",
        "a@yahoo.com.sg",
        "b@hotmail.co.uk",
        "c@outlook.com.br",
        "d@gmx.fr",
        "e@yandex.com.tr",
        "f@aol.co.uk",
        "g@yahoo.co.jp",
        "h@web.de",
        "i@mail.ru",
        "j@naver.com",
        "k@qq.com",
        "l@163.com",
        "m@wp.pl",
    ],
)
def test_country_freemail_hosts_are_personal(value) -> None:
    assert is_personal_domain(value)


@pytest.mark.parametrize(
    "value",
    [
        "jo@yahooinc.com",
        "jo@yahoo.acme.com",
        "jo@telstra.com",
        "jo@live.nation.com",
        "jo@zohocorp.com",
    ],
)
def test_a_provider_name_inside_a_company_domain_is_not_personal(value) -> None:
    assert not is_personal_domain(value)


# Chinese, Taiwanese and Korean hiring platforms: ATS tenants write for the employer, boards
# relay it; none is the employer (invented employers).
@pytest.mark.parametrize(
    ("value", "category"),
    [
        ("Acme 招聘 <noreply@mail.beisen.com>", "ats"),
        ("Acme <hr@acme.italent.cn>", "ats"),
        ("Acme <jobs@acme.zhiye.com>", "ats"),
        ("Acme 招聘 <noreply@hr.mokahr.com>", "ats"),
        ("Acme 招聘 <hire@hire.feishu.cn>", "ats"),
        ("Acme <no-reply@larksuite.com>", "ats"),
        ("Acme 채용 <noreply@greetinghr.com>", "ats"),
        ("Acme <recruit@ninehire.com>", "ats"),
        ("BOSS直聘 <service@zhipin.com>", "job_board"),
        ("猎聘 <service@liepin.com>", "job_board"),
        ("前程无忧 <service@51job.com>", "job_board"),
        ("智联招聘 <service@zhaopin.com>", "job_board"),
        ("104人力銀行 <service@104.com.tw>", "job_board"),
        ("CakeResume <noreply@cakeresume.com>", "job_board"),
        ("Cake <noreply@cake.me>", "job_board"),
        ("원티드 <noreply@wanted.co.kr>", "job_board"),
        ("사람인 <noreply@saramin.co.kr>", "job_board"),
        ("잡코리아 <noreply@jobkorea.co.kr>", "job_board"),
        ("리멤버 <noreply@rememberapp.co.kr>", "job_board"),
        ("로켓펀치 <noreply@rocketpunch.com>", "job_board"),
        ("Wantedly <noreply@wantedly.com>", "job_board"),
    ],
    ids=lambda v: str(v).split("@")[-1].rstrip(">") if "@" in str(v) else str(v),
)
def test_east_asian_hiring_platforms_are_relays(value, category) -> None:
    assert relay_category(value) == category


@pytest.mark.parametrize(
    ("value", "category"),
    [
        ("donotreply@recruiting.ultipro.ca", "ats"),
        ("noreply@pymetrics.ai", "assessment"),
        ("noreply@harting.dvinci-mail.com", "ats"),
        ("careers@tlt.eploy.net", "ats"),
        ("noreply@monster.it", "job_board"),
        ("jo@google.de", None),
        ("jo@dover.com", None),
        ("jo@microsoft.com", None),
        ("jo@acme.com", None),
    ],
    ids=lambda v: str(v),
)
def test_a_relay_brand_under_another_suffix_is_that_relay(value, category) -> None:
    assert relay_category(value) == category
    assert is_relay_domain(value) is (category is not None)
